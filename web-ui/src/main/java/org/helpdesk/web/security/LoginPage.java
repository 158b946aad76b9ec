package org.helpdesk.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPage {

    private final SecuritySettings settings;

    LoginPage(SecuritySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("localLogin", settings.localLogin());
        model.addAttribute("ssoEnabled", settings.sso().enabled());
        model.addAttribute("ssoUrl", SsoLogin.AUTHORIZATION_URL);
        return "login";
    }
}
